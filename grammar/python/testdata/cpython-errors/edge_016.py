x: *Ts
