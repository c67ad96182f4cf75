import { ApiError, getCsrfToken } from '../../api.js';
import { zh } from '../../locale.js';

/**
 * Posts one file as multipart (field `file`) with XMLHttpRequest, so the page can show the
 * upload progress of a large workbook; answers the parsed JSON or throws an ApiError.
 */
export function uploadWithProgress<T>(url: string, file: File, onProgress: (percent: number) => void) {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-csrf-token', getCsrfToken());
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', zh.orgsWeb.import.uploadFailed));
    xhr.onload = () => {
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        // a non-JSON answer (proxy error page): reported below by status
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else
        reject(
          new ApiError(
            xhr.status,
            String(data.code ?? 'ERROR'),
            String(data.message ?? zh.errors.internal),
            (data.fields as { field: string; message: string }[]) ?? [],
          ),
        );
    };
    const body = new FormData();
    body.append('file', file);
    xhr.send(body);
  });
}
