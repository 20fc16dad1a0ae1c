// Set before every test file (jest `setupFiles`, from .projenrc.ts).
//
// aws-cdk-lib (2.276) validates every synthesized template against the CloudFormation schemas by
// default: about 4 s and 300 MB per process here. The suite synthesizes hundreds of stacks, so it turns
// that off (`CDK_VALIDATION=false`, aws-cdk-lib's own switch); test/aws/cdk-validation.test.ts turns it
// back on for one full-featured stack, and cfn-lint checks every template the AWS tests write
// (build-tools/cfn-lint-templates.js). Set CDK_VALIDATION=true to run the whole suite with it.
process.env.CDK_VALIDATION ??= 'false';
