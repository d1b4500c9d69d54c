#!/usr/bin/env bash
# CI: the HTML reports of one staff and one simulate run, rendered by a real browser.
# Fails if Chromium fails, if a page references anything outside itself, or if a
# screenshot is blank (too few distinct colours, or no chart colour in it).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.build/release/ccplan
if ! command -v chromium >/dev/null; then
  echo "installing chromium (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium >/dev/null 2>&1 \
    || { apt-get update >/dev/null && apt-get install -y --no-install-recommends chromium >/dev/null; }
fi
out=$(mktemp -d)
$bin staff scenarios/retail-customer-service.json --out "$out/staff" --report >/dev/null
$bin simulate scenarios/saas-helpdesk-tiers.json --replications 4 --out "$out/simulate" \
  --report >/dev/null
$bin report "$out/staff" --out "$out/staff/again.html"
cmp "$out/staff/report.html" "$out/staff/again.html"
for kind in staff simulate; do
  page="$out/$kind/report.html"
  if grep -Eiq 'http|src=|href=|url\(|<script|<link' "$page"; then
    echo "$page references something outside itself:"
    grep -Eio '.{30}(http|src=|href=|url\(|<script|<link).{30}' "$page" | head -3
    exit 1
  fi
  png="$out/$kind.png"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --force-device-scale-factor=0.5 --window-size=1200,3000 --screenshot="$png" \
    "file://$page" 2>"$out/$kind.chromium.log" \
    || { echo "chromium failed on $page"; cat "$out/$kind.chromium.log"; exit 1; }
  python3 - "$png" <<'PY'
# Decodes the PNG with the standard library only and counts its distinct colours.
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour_type in (2, 6), f"unexpected PNG format {depth}/{colour_type}"
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
bpp = 4 if colour_type == 6 else 3
raw, stride = zlib.decompress(idat), width * bpp
previous, colours, chart_blue, offset = bytearray(stride), set(), False, 0
for _ in range(height):
    filter_type, row = raw[offset], bytearray(raw[offset + 1:offset + 1 + stride])
    offset += 1 + stride
    for i in range(stride):
        a = row[i - bpp] if i >= bpp else 0
        b = previous[i]
        c = previous[i - bpp] if i >= bpp else 0
        if filter_type == 1: row[i] = (row[i] + a) & 255
        elif filter_type == 2: row[i] = (row[i] + b) & 255
        elif filter_type == 3: row[i] = (row[i] + (a + b) // 2) & 255
        elif filter_type == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            row[i] = (row[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for i in range(0, stride, bpp):
        pixel = bytes(row[i:i + 3])
        colours.add(pixel)
        if pixel == b"\x00\x72\xb2":
            chart_blue = True
    previous = row
print(f"{sys.argv[1]}: {width}x{height}, {len(colours)} distinct colours, "
      f"Okabe-Ito blue {'present' if chart_blue else 'missing'}")
if len(colours) < 50 or not chart_blue:
    sys.exit("the screenshot looks blank: fewer than 50 colours or no chart drawn")
PY
done
echo "reports rendered: $out"
