/**
 * Token buckets in memory, per key (a token's hash or an address). Each instance counts for
 * itself: behind a load balancer with N instances a client gets at most N times the rate, which
 * is still a bound (docs/SCALE.md).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private lastSweep = 0;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when the request may go ahead; otherwise the seconds to wait. */
  take(key: string): number {
    const t = this.now();
    this.sweep(t);
    const rate = this.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.perMinute, at: t };
    b.tokens = Math.min(this.perMinute, b.tokens + Math.max(0, t - b.at) * rate);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / rate / 1000));
  }

  /** Like take, without using anything up: the seconds to wait, or 0. */
  blocked(key: string): number {
    const t = this.now();
    const b = this.buckets.get(key);
    if (!b) return 0;
    const rate = this.perMinute / 60_000;
    const tokens = Math.min(this.perMinute, b.tokens + Math.max(0, t - b.at) * rate);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / rate / 1000));
  }

  /** Full buckets are forgotten once a minute, so the map does not grow without end. */
  private sweep(t: number) {
    if (t - this.lastSweep < 60_000) return;
    this.lastSweep = t;
    const rate = this.perMinute / 60_000;
    for (const [k, b] of this.buckets)
      if (b.tokens + (t - b.at) * rate >= this.perMinute) this.buckets.delete(k);
  }
}
