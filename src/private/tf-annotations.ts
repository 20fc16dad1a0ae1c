import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';

/** Soft advice shown at synth (STYLE rule 7: warnings for what is allowed but probably wrong). */
export function addWarning(scope: IConstruct, message: string): void {
  Annotations.of(scope).addWarning(message);
}
