import { propertySuite } from './harness.ts';

propertySuite('k3os');
