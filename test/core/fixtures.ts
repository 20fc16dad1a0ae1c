import * as fs from 'fs';
import * as path from 'path';

/** A deep copy of a valid fixture bundle, to mutate in a test. */
export function fixture(name: string): any {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', `${name}.json`), 'utf8'));
}

export const VALID_FIXTURES = ['aws-user', 'aws-role', 'gcp-key', 'azure-secret', 'oci-key'];
