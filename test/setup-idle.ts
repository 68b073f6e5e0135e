// happy-dom has no requestIdleCallback, which the content script's slices run in (lib/content/slices.ts):
// an idle time here is the next task, the timeout never needed.
globalThis.requestIdleCallback ??= (callback: IdleRequestCallback) => setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 0 })) as unknown as number;
