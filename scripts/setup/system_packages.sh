#!/usr/bin/env bash
# The Debian packages sketchproc needs besides Python: the one list, used by `make demo`,
# `make test` and .ci/run. As root it installs what is missing; otherwise it stops at once
# (exit 1) with the one `apt-get install` line to run, instead of a wall of failing tests.
#
#   make                                the two commands a newcomer needs
#   chromium                            the browser test of index.html and the summaries
#   libpango-1.0-0 libpangoft2-1.0-0    WeasyPrint renders pack.pdf with Pango
#   libharfbuzz-subset0                 WeasyPrint subsets the fonts it embeds in pack.pdf
#   fonts-dejavu-core                   the fonts the goldens and pack.pdf were made with
#   tesseract-ocr tesseract-ocr-deu     OCR of scanned pages (German)
#   python3-venv                        only where `python3 -m venv` lacks ensurepip
#
# dpkg-query reads the package database under $DPKG_ADMINDIR when it is set (as dpkg does).
set -euo pipefail

packages=(make chromium libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core
          tesseract-ocr tesseract-ocr-deu)
python3 -c 'import venv, ensurepip' 2>/dev/null || packages+=(python3-venv)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

install_line="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" != "0" ]; then
    {
        echo "Es fehlen Debian-Pakete, die sketchproc braucht (Liste: scripts/setup/system_packages.sh)."
        echo "Bitte als root ausführen (danach den Befehl wiederholen):"
        echo "  sudo $install_line"
    } >&2
    exit 1
fi
echo "Installiere fehlende Debian-Pakete: ${missing[*]}" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive $install_line -qq
