export const id = 9120;
export const ids = [9120];
export const modules = {

/***/ 59120:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsInputReader: () => (/* binding */ actionsInputReader),
/* harmony export */   createInputs: () => (/* binding */ createInputs),
/* harmony export */   invalidValueMessage: () => (/* binding */ invalidValueMessage),
/* harmony export */   quoteValue: () => (/* binding */ quoteValue)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
/* harmony import */ var _common_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71922);
/**
 * Strict input parsers shared by every action adapter (codeql `getRequiredInput`, aws `getBooleanInput`,
 * gradle's enum message). Every parser throws a {@link UserError} that names the input, quotes the value and
 * says what is expected, so a typo fails the step before anything happens instead of quietly becoming a
 * default (`ture` is not `false`).
 *
 * Inputs are read through a {@link InputReader} so the parsers are testable without the runner; the default
 * reader is `@actions/core`'s `getInput` (which trims and maps `name` to `INPUT_NAME`).
 */


/** The runner's inputs (`INPUT_<NAME>` env vars, trimmed). */
const actionsInputReader = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
/** Quotes a value for an error message, shortened so a pasted blob cannot flood the log. */
function quoteValue(value) {
    const oneLine = value.replace(/\r?\n/g, '\\n');
    return oneLine.length > 120 ? `'${oneLine.slice(0, 117)}...'` : `'${oneLine}'`;
}
/** The one message shape for a bad value: `The value 'x' is not valid for 'name'. <expected>` */
function invalidValueMessage(name, value, expected) {
    return `The value ${quoteValue(value)} is not valid for '${name}'. ${expected}`;
}
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** Builds the strict parsers over `read` (default: the runner's inputs). */
function createInputs(read = actionsInputReader) {
    const raw = (name) => (read(name) ?? '').trim();
    const intPattern = /^-?\d+$/;
    const parseIntStrict = (name, value, min, max) => {
        const bounds = describeBounds(min, max);
        if (!intPattern.test(value))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        const n = Number(value);
        if (!Number.isSafeInteger(n))
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, value, `Expected a whole number${bounds}.`));
        }
        return n;
    };
    return {
        getRequired(name) {
            const v = raw(name);
            if (!v)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The input '${name}' is required but was empty. Fix: set it in the step's 'with:' block.`);
            return v;
        },
        getOptional(name) {
            const v = raw(name);
            return v === '' ? undefined : v;
        },
        getBoolean(name, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (TRUE_VALUES.includes(v))
                return true;
            if (FALSE_VALUES.includes(v))
                return false;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, 'Valid values are: [true, false].'));
        },
        getEnum(name, allowed, defaultValue) {
            const v = raw(name);
            if (v === '')
                return defaultValue;
            if (allowed.includes(v))
                return v;
            throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, `Valid values are: [${allowed.join(', ')}].`));
        },
        getInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getOptionalInt(name, opts) {
            const v = raw(name);
            if (v === '')
                return undefined;
            return parseIntStrict(name, v, opts.min, opts.max);
        },
        getRatio(name, opts) {
            const v = raw(name);
            if (v === '')
                return opts.default;
            const min = opts.min ?? 0;
            const max = opts.max ?? 1;
            const expected = `Expected a ratio between ${min} and ${max} (e.g. 0.9) or a percentage (e.g. 90%).`;
            const m = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(v);
            if (!m)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            const n = Number(m[1]) / (m[2] ? 100 : 1);
            if (!Number.isFinite(n) || n < min || n > max)
                throw new _common_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(invalidValueMessage(name, v, expected));
            return n;
        },
        getList(name, opts) {
            const v = read(name) ?? '';
            const sep = opts?.separator === 'newline' ? /\r?\n/ : /\r?\n|,/;
            return v
                .split(sep)
                .map((s) => s.trim())
                .filter((s) => s !== '' && !s.startsWith('#'));
        },
    };
}
function describeBounds(min, max) {
    if (min !== undefined && max !== undefined)
        return ` between ${min} and ${max}`;
    if (min !== undefined)
        return ` of at least ${min}`;
    if (max !== undefined)
        return ` of at most ${max}`;
    return '';
}


/***/ })

};

//# sourceMappingURL=9120.index.js.map