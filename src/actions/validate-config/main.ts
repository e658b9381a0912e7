import * as core from '@actions/core';
import { hello } from '../../common/hello.js';
core.info(hello('x'));
