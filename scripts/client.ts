import { Agent, fetch } from 'undici';

export interface Reply {
  status: number;
  contentType: string;
  /** Parsed JSON when the response is JSON, else null. */
  json: unknown;
  bytes: Uint8Array;
}

export interface CallOptions {
  token?: string;
  json?: unknown;
  body?: Uint8Array;
  contentType?: string;
}

export interface ApiClient {
  readonly baseUrl: string;
  call(method: string, path: string, options?: CallOptions): Promise<Reply>;
  close(): Promise<void>;
}

/** An HTTP client for the dev server that trusts only its dev CA (Node's fetch would refuse the certificate). */
export function createClient(baseUrl: string, ca: string): ApiClient {
  const dispatcher = new Agent({ connect: { ca } });
  return {
    baseUrl,
    async call(method, path, options = {}) {
      const headers: Record<string, string> = {};
      if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
      let body: Uint8Array | string | undefined = options.body;
      if (options.json !== undefined) {
        headers['Content-Type'] = 'application/json';
        body = JSON.stringify(options.json);
      } else if (options.contentType !== undefined) headers['Content-Type'] = options.contentType;
      const response = await fetch(new URL(path, baseUrl), { method, headers, body, dispatcher });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const contentType = response.headers.get('Content-Type') ?? '';
      const json: unknown = contentType.startsWith('application/json')
        ? JSON.parse(new TextDecoder().decode(bytes))
        : null;
      return { status: response.status, contentType, json, bytes };
    },
    close: () => dispatcher.close(),
  };
}
