# Sourced by the scripts: puts binaryen 132's wasm-opt (npm) ahead of Debian's 108 on PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
