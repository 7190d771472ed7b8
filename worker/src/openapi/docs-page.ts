/**
 * A browsable page for /api/openapi.json, self-contained (no CDN: the Worker is the only
 * origin clients need): endpoints grouped by path, each with its roles and schemas.
 */
export const docsPage = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>清风台账 API 文档</title>
<style>
body{font:14px/1.6 system-ui,"Microsoft YaHei",sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#1b1b1b}
h1{font-size:22px}details{border:1px solid #ddd;border-radius:6px;margin:8px 0;padding:6px 10px}
summary{cursor:pointer}code{background:#f3f3f3;padding:1px 4px;border-radius:3px}
.m{display:inline-block;min-width:56px;font-weight:600;text-transform:uppercase}
.get{color:#0b6e4f}.post{color:#005a9e}.put{color:#8a5a00}.delete{color:#b00020}
pre{background:#f7f7f7;padding:8px;overflow:auto;max-height:360px}
</style></head><body>
<h1>清风台账 API</h1><p id="intro">正在加载 <a href="/api/openapi.json">/api/openapi.json</a> …</p><main id="ops"></main>
<script type="module">
const doc = await (await fetch('/api/openapi.json')).json();
document.getElementById('intro').textContent = doc.info.description + '（版本 ' + doc.info.version + '）';
const main = document.getElementById('ops');
for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
  const d = document.createElement('details');
  const s = document.createElement('summary');
  s.innerHTML = '<span class="m ' + method + '"></span> <code></code> ';
  s.querySelector('.m').textContent = method; s.querySelector('code').textContent = path; s.append(op.summary);
  const p = document.createElement('p'); p.textContent = op.description;
  const pre = document.createElement('pre'); pre.textContent = JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2);
  d.append(s, p, pre); main.append(d);
}
</script></body></html>`;
