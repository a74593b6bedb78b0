#!/usr/bin/env bash
# Installs what the report tests drive: Debian's Chromium (headless, to load and
# print the HTML report) and poppler-utils (pdftotext, to read the printed PDF).
# Idempotent: does nothing when both are already there. The browser comes from
# the distribution's packages only; nothing downloads a browser build of its own.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-browser: ${missing[*]} missing and apt-get is not available;" \
        "install Chromium and poppler-utils (pdftotext) by hand" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "install-browser: ${missing[*]} missing and installing needs root;" \
            "run: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-browser: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get update -qq \
    || ! "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"; then
    echo "install-browser: could not install ${missing[*]} with apt-get" >&2
    exit 1
fi
command -v chromium >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || {
    echo "install-browser: chromium or pdftotext still missing after apt-get install" >&2
    exit 1
}
