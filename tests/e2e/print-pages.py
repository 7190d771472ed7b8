"""How LibreOffice prints each sheet of a workbook: pages and page sizes in points, as JSON
(read from the PDF itself: LibreOffice's output needs no PDF library).

Each sheet is printed alone by hiding the others (LibreOffice skips hidden sheets), all copies
converted to PDF in one LibreOffice run. Usage: print-pages.py WORKBOOK OUT_DIR PROFILE_URL
"""
import json, os, re, subprocess, sys, zipfile

book, out, profile = sys.argv[1], sys.argv[2], sys.argv[3]
with zipfile.ZipFile(book) as z:
    parts = {n: z.read(n) for n in z.namelist()}
workbook = parts['xl/workbook.xml'].decode('utf-8')
sheets = re.findall(r'<sheet [^>]*?/>', workbook)
names = [re.search(r'name="([^"]*)"', s).group(1) for s in sheets]
visible = [i for i, s in enumerate(sheets) if 'state="hidden"' not in s]
copies = []
for i in visible:
    changed = workbook
    for j, s in enumerate(sheets):
        plain = s.replace(' state="hidden"', '')
        changed = changed.replace(s, plain if j == i else plain.replace('<sheet ', '<sheet state="hidden" '))
    changed = re.sub(r'activeTab="\d+"', f'activeTab="{i}"', changed).replace(' tabSelected="1"', '')
    path = os.path.join(out, f'sheet{i + 1}.xlsx')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, changed.encode('utf-8') if n == 'xl/workbook.xml' else data)
    copies.append(path)
subprocess.run(['libreoffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf', '--outdir', out, *copies],
               check=True, capture_output=True, timeout=300)
result = []
for i, path in zip(visible, copies):
    pdf = path[:-5] + '.pdf'
    with open(pdf, 'rb') as f:
        text = f.read().decode('latin-1')
    # LibreOffice writes every page as a plain object (no object streams) with its own MediaBox.
    pages = re.findall(r'/Type\s*/Page\b(?!s).*?/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)', text, re.S)
    sizes = [[round(float(x1) - float(x0)), round(float(y1) - float(y0))] for x0, y0, x1, y1 in pages]
    result.append({'sheet': names[i], 'pages': len(sizes), 'sizes': sizes})
print(json.dumps(result, ensure_ascii=False))
