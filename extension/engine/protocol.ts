/** Posted with a MessagePort by the content script to the engine frame (frame.ts), which answers on that port. */
export const connectMessage = 'trombine:engine-connect';

/** Where the engine frame is, inside the extension (listed in web_accessible_resources for the ENT origins). */
export const framePath = 'engine/index.html';
