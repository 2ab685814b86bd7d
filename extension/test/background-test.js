// Test builds only: the background, plus the hooks the e2e tests call.
import '../src/background.js';
import './hooks.js';
