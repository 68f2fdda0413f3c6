export type Progress = { sent: number; total: number };

const nullBodyStatuses = new Set([101, 204, 205, 304]);

function headersOf(xhr: XMLHttpRequest): Headers {
  const headers = new Headers();
  for (const line of xhr.getAllResponseHeaders().trim().split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return headers;
}

/**
 * A `fetch` made of XMLHttpRequest, given to ky, for real upload progress. ky's own `onUploadProgress` streams the
 * request body, which Chromium allows over HTTP/2 only: over HTTP/1.1 (`npm start`, many intakes) the upload fails
 * outright ("Failed to fetch"), and other browsers ignore it. XHR progress works everywhere, on any protocol.
 * The body is the Request's own bytes (multipart with its boundary), so what is counted is what is sent.
 */
export function progressFetch(onProgress: (progress: Progress) => void): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const { signal } = request;
      if (signal.aborted) return reject(signal.reason);
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = event =>
        onProgress({ sent: event.loaded, total: event.lengthComputable ? event.total : (body?.size ?? 0) });
      const abort = () => xhr.abort();
      signal.addEventListener('abort', abort, { once: true });
      xhr.onloadend = () => signal.removeEventListener('abort', abort);
      xhr.onload = () => {
        const status = xhr.status;
        resolve(
          new Response(nullBodyStatuses.has(status) ? null : (xhr.response as Blob), {
            status,
            statusText: xhr.statusText,
            headers: headersOf(xhr),
          }),
        );
      };
      // As fetch does: a lost connection is a TypeError, an abort is the signal's reason.
      xhr.onerror = xhr.ontimeout = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      xhr.send(body);
    });
  };
}
