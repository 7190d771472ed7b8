import { useState } from 'preact/hooks';

/** The front door: one credential, issued by the district's administrator. */
export function SignIn({ message, onSignIn }: { message: string | null; onSignIn: (token: string) => Promise<void> }) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (token.trim() === '') return;
    setBusy(true);
    await onSignIn(token.trim());
    setBusy(false);
  }

  return (
    <main class="sign-in">
      <form class="card" onSubmit={submit} aria-describedby="sign-in-help">
        <h1>清风台账 · 监督平台</h1>
        <p id="sign-in-help" class="muted">
          监督员查看报送情况、预警与汇总；没有 Excel 加载项的填报员在此上传台账并报送。
        </p>
        <label for="credential">凭证</label>
        <input
          id="credential"
          type="password"
          autocomplete="off"
          spellcheck={false}
          required
          value={token}
          onInput={(e) => setToken(e.currentTarget.value)}
        />
        <p class="hint">凭证由区纪委监委管理员签发；只保存在本标签页中，关闭标签页或退出即清除。</p>
        {message && (
          <p class="notice error" role="alert">
            {message}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? '正在登录…' : '登录'}
        </button>
      </form>
    </main>
  );
}
