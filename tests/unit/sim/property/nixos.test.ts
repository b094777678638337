import { propertySuite } from './harness.ts';

propertySuite('nixos');
