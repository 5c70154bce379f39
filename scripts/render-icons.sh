#!/usr/bin/env bash
# Renders the PNG app icons from resources/icons/jwkman.svg with ImageMagick. The PNGs are committed, so this
# is needed only after the SVG changes (Qt on Debian 12 loads them without the SVG image plugin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../resources/icons"
for size in 256 64; do
    convert -background none -density 384 jwkman.svg -resize "${size}x${size}" -strip "PNG32:jwkman-${size}.png"
done
