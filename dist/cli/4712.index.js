export const id = 4712;
export const ids = [4712];
export const modules = {

/***/ 44712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ mergeOverlay),
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
function isPlainObject(v) {
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return false;
    const proto = Object.getPrototypeOf(v);
    return proto === Object.prototype || proto === null;
}
/** Deep-merges `overlays` over `base` left to right (see module doc for the rules). */
function mergeOverlay(base, ...overlays) {
    let out = cloneValue(base);
    for (const overlay of overlays) {
        if (overlay)
            out = mergeTwo(out, overlay);
    }
    return out;
}
function mergeTwo(base, overlay) {
    const out = {};
    for (const [k, v] of Object.entries(base)) {
        if (!FORBIDDEN_KEYS.has(k))
            out[k] = v;
    }
    for (const [k, v] of Object.entries(overlay)) {
        if (FORBIDDEN_KEYS.has(k))
            continue;
        const prev = out[k];
        out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeTwo(prev, v) : cloneValue(v);
    }
    return out;
}
function cloneValue(v) {
    if (Array.isArray(v))
        return v.map(cloneValue);
    if (isPlainObject(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v))
            if (!FORBIDDEN_KEYS.has(k))
                out[k] = cloneValue(x);
        return out;
    }
    return v;
}


/***/ })

};

//# sourceMappingURL=4712.index.js.map