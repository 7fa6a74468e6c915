import type { BidwellApi } from '@shared/contract';

declare global {
  interface Window {
    /** Put there by the preload (or by the e2e harness standing in for it). */
    bidwell: BidwellApi;
  }
}
