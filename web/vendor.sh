#!/usr/bin/env bash
# Copies the browser builds alpkg embeds from node_modules (installed from package-lock.json
# with `npm ci --ignore-scripts`) into web/vendor/, with their licences, and records their
# SHA-256. Run after changing package.json; commit web/vendor/ and package-lock.json.
set -euo pipefail
cd "$(dirname "$0")"
cp node_modules/graphology/dist/graphology.umd.min.js vendor/
cp node_modules/graphology/LICENSE.txt vendor/LICENSE.graphology.txt
cp node_modules/graphology-library/dist/graphology-library.min.js vendor/
cp node_modules/graphology-library/LICENSE.txt vendor/LICENSE.graphology-library.txt
cp node_modules/sigma/build/sigma.min.js vendor/
cp node_modules/sigma/LICENSE.txt vendor/LICENSE.sigma.txt
(cd vendor && sha256sum graphology.umd.min.js graphology-library.min.js sigma.min.js > SHA256SUMS)
echo "vendored: $(ls vendor | tr '\n' ' ')"
