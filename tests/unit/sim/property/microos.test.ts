import { propertySuite } from './harness.ts';

propertySuite('microos');
