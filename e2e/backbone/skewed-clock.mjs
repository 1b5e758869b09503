// Preloaded (`node --import`) into a service process whose clock must be off by CLOCK_SKEW_MS, as a host whose
// clock drifted would be: Date.now() and new Date() both read the skewed time.
const skew = Number(process.env.CLOCK_SKEW_MS ?? 0);
const RealDate = Date;
class SkewedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + skew);
    else super(...args);
  }
  static now() {
    return RealDate.now() + skew;
  }
}
globalThis.Date = SkewedDate;
