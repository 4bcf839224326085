import { useState } from "react";

export default function Counter({ label, start }) {
  const [n, setN] = useState(start);
  return <button id="count" onClick={() => setN(n + 1)}>{label} {n}</button>;
}
