#!/usr/bin/env python3
"""Memory and time of `import-recruiters` on a large published-style XLSX list (not a test).

    cargo build --release
    python3 scripts/bench_import_xlsx.py 1000000 [target/release/fairrecruit]

Writes an XLSX of N agencies with its own headings (inline strings, as many generators
write them), imports it through a mapping into a fresh SQLite database, and prints the
seconds and the peak resident memory (`/usr/bin/time -v`) for N rows and for N/10 rows, so
that what grows with the list shows.
"""

import os
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

FILES = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>""",
}
STATUSES = ["Valid/Good Standing", "Suspended", "Forever Banned", "Delisted"]


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def write_xlsx(path, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, body in FILES.items():
            z.writestr(name, body)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            head = ["Name of Agency", "License No.", "Status"]
            f.write(("<row r=\"1\">" + "".join(cell(f"{c}1", h) for c, h in zip("ABC", head)) + "</row>").encode())
            for i in range(1, rows + 1):
                r = i + 1
                values = [f"Agency {i:07d} Manpower", f"POEA-{i:07d}-LB-010120-R", STATUSES[i % 4]]
                f.write((f'<row r="{r}">' + "".join(cell(f"{c}{r}", v) for c, v in zip("ABC", values)) + "</row>").encode())
            f.write(b"</sheetData></worksheet>")


def run(binary, rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "list.xlsx")
        write_xlsx(path, rows)
        env = dict(os.environ, FAIRRECRUIT_DATABASE_URL=os.path.join(tmp, "bench.db"),
                   FAIRRECRUIT_DATA_DIR=tmp, FAIRRECRUIT_LOG="error")
        out = subprocess.run(
            ["/usr/bin/time", "-v", binary, "import-recruiters", path, "--country", "PH",
             "--map", "name=Name of Agency,licence_number=License No.,licence_status=Status",
             "--status", "Valid/Good Standing=active,Suspended=suspended,Forever Banned=revoked,Delisted=revoked"],
            env=env, capture_output=True, text=True, check=True)
        peak = next(l for l in out.stderr.splitlines() if "Maximum resident" in l).split()[-1]
        print(f"{rows:>9} rows: {out.stdout.strip()}; peak memory {int(peak) // 1024} MB")


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    binary = sys.argv[2] if len(sys.argv) > 2 else "target/release/fairrecruit"
    run(binary, n // 10)
    run(binary, n)
