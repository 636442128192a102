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
cp node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css vendor/
# The package ships no licence file; its package.json says MIT.
cat > vendor/LICENSE.yasgui.txt <<'TXT'
@zazuko/yasgui 4.6.2 (https://github.com/rdfjs/Yasgui), licence: MIT (declared in its
package.json; the npm package ships no licence file). Authors: Triply, Zazuko GmbH.

MIT License: Permission is hereby granted, free of charge, to any person obtaining a copy of
this software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to
whom the Software is furnished to do so, subject to the following conditions: The above
copyright notice and this permission notice shall be included in all copies or substantial
portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
TXT
(cd vendor && sha256sum graphology.umd.min.js graphology-library.min.js sigma.min.js yasgui.min.js yasgui.min.css > SHA256SUMS)
echo "vendored: $(ls vendor | tr '\n' ' ')"
