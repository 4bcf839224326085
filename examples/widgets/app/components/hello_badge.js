customElements.define("hello-badge", class extends HTMLElement {
  connectedCallback() {
    this.textContent = "hello " + this.getAttribute("name");
  }
});
