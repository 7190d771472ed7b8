import { useState } from 'preact/hooks';

/** Drop an .xlsx here, or choose it with the file input (keyboard and touch users). */
export function DropZone({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    // One check at a time: the file input is disabled meanwhile, and a drop is refused the same.
    if (busy) return;
    if (file) onFile(file);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only a drop target; the file input inside is the keyboard's way in.
    <div
      class={`drop-zone${over ? ' over' : ''}`}
      aria-busy={busy}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(!busy);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <p>把填好的台账（.xlsx）拖到这里，或</p>
      <label class="file-button" for="upload-file">
        选择文件
      </label>
      <input
        id="upload-file"
        class="visually-hidden-file"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = '';
        }}
      />
      <p class="hint">文件只在本机浏览器中校验；报送前不会上传。WPS、LibreOffice 保存的 .xlsx 均可。</p>
    </div>
  );
}
