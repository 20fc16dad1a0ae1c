import { App } from 'aws-cdk-lib';
import { COMBINATIONS, buildCombination } from './combinations';

/**
 * The one test that runs aws-cdk-lib's built-in CloudFormation validation (the rest of the suite sets
 * CDK_VALIDATION=false: test/jest-setup-env.ts). It synthesizes the richest combinations of the matrix.
 */
describe("aws-cdk-lib's built-in CloudFormation validation", () => {
  const saved = process.env.CDK_VALIDATION;
  beforeAll(() => { process.env.CDK_VALIDATION = 'true'; });
  afterAll(() => { process.env.CDK_VALIDATION = saved; });

  const richest = ['all exports', 'FOCUS daily CSV'].map((exports) =>
    COMBINATIONS.find((c) => c.exports === exports && c.recommendations === 'recommendations' && c.outputs === 'outputs'));

  test.each(richest.map((c) => [Object.values(c!).join(', '), c!] as const))('passes for: %s', (_, c) => {
    const app = new App();
    buildCombination(app, c);
    const assembly = app.synth();
    expect(assembly.getStackByName('Stack').template.Resources).toBeDefined();
  });
});
