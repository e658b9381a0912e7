import { runPost } from './interrupted.js';

void runPost();
