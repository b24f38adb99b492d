#!/bin/sh
# Makes the legacy-encoding fixtures from the example site's UTF-8 tables
# with the system's iconv, as Excel and Notepad would save them:
#   areas.windows-1258.csv, tasks.windows-1258.csv  Excel's plain "CSV (Comma
#       delimited)" on a Vietnamese Windows (tones as combining marks);
#   tasks.windows-1258.tsv                          "Text (Tab delimited)";
#   areas.windows-1252.csv                          the same on a Windows set
#       up for English: letters it cannot hold become '?';
#   areas.utf-16.csv                                "Unicode Text" (with a BOM).
# Run from anywhere; the files are committed, tests do not run this.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="$here/../../../../content/data"
iconv -f UTF-8 -t WINDOWS-1258 "$data/areas.csv" > "$here/areas.windows-1258.csv"
iconv -f UTF-8 -t WINDOWS-1258 "$data/tasks.csv" > "$here/tasks.windows-1258.csv"
python3 - "$data/tasks.csv" <<'PY' | iconv -f UTF-8 -t WINDOWS-1258 > "$here/tasks.windows-1258.tsv"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
for row in rows:
    assert not any("\t" in field or "\n" in field for field in row)
    sys.stdout.write("\t".join(row) + "\r\n")
PY
iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT "$data/areas.csv" > "$here/areas.windows-1252.csv" 2>/dev/null || true
iconv -f UTF-8 -t UTF-16 "$data/areas.csv" > "$here/areas.utf-16.csv"
# Cases of the bad-data corpus (../bad/), from its valid _base/.
bad="$here/../bad"
# With a commune whose name has a tone Windows-1252 holds after a consonant
# ("Hòa"): without one, the letters left (à, ô) read the same in
# Windows-1258, which the message would then name.
{ cat "$bad/_base/areas.csv"; echo 'legacy,01849,Phường Hòa Thuận,commune,phường,058,'; } \
    | iconv -f UTF-8 -t WINDOWS-1252//TRANSLIT > "$bad/csv-windows-1252/areas.csv" 2>/dev/null || true
iconv -f UTF-8 -t WINDOWS-1258 "$bad/_base/agencies.yaml" > "$bad/yaml-windows-1258/agencies.yaml"
# UTF-8 damaged by one stray byte (a cut and paste from a broken file): not
# another encoding, so the message stays "not UTF-8".
{ cat "$bad/_base/atk.csv"; printf '01840,qd-241-2025,T\303\242n \304\220\303\264ng\377\n'; } > "$bad/csv-damaged-utf8/atk.csv"
