import { propertySuite } from './harness.ts';

propertySuite('fcos');
