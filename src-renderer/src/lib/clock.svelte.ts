/** One shared "now" for countdowns: ticking every 30 s keeps "due in 5 h" honest without busy redraws. */
let now = $state(Date.now());

setInterval(() => {
  now = Date.now();
}, 30_000);

export const clock = {
  get now(): number {
    return now;
  },
};
