import { DataAzurermStorageAccountBlobContainerSas } from '@cdktf/provider-azurerm/lib/data-azurerm-storage-account-blob-container-sas';
import { Rotating as TimeRotating } from '@cdktf/provider-time/lib/rotating';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { ExportStorage } from './storage';

/** The container SAS and what the bundle carries of it. */
export interface ContainerSas {
  readonly sas: DataAzurermStorageAccountBlobContainerSas;
  /** The token without its leading '?'. Secret. */
  readonly sasToken: string;
  /** `BlobEndpoint=...;SharedAccessSignature=...`: built on the SAS, never on the account key. Secret. */
  readonly connectionString: string;
  /** When the token expires (RFC 3339). */
  readonly expiry: string;
}

/**
 * Seed (Azure): "Generate SAS token and connection string". A service SAS on the export container
 * only, read and list only, HTTPS only, valid from the last rotation for `validityDays`: it changes
 * when the rotation does, and stays the same between rotations (same fields, same signature).
 * @see https://learn.microsoft.com/rest/api/storageservices/create-service-sas
 * @see https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string#create-a-connection-string-using-a-shared-access-signature
 */
export function containerSas(scope: Construct, storage: ExportStorage, containerName: string,
  rotation: TimeRotating, validityDays: number): ContainerSas {
  const expiry = Fn.timeadd(rotation.rfc3339, `${validityDays * 24}h`);
  const sas = new DataAzurermStorageAccountBlobContainerSas(scope, 'ContainerSas', {
    connectionString: storage.signingConnectionString,
    containerName,
    httpsOnly: true,
    start: rotation.rfc3339,
    expiry,
    permissions: { read: true, list: true, add: false, create: false, write: false, delete: false },
  });
  const sasToken = Fn.trimprefix(sas.sas, '?');
  return {
    sas,
    sasToken,
    // A join(), not a template string: the bundle puts this value inside jsonencode(), and cdktf warns
    // ("escape sequences (${...}) with CDKTF Built-in functions") on a template string nested in a function.
    connectionString: Fn.join('', ['BlobEndpoint=', storage.blobEndpoint, ';SharedAccessSignature=', sasToken]),
    expiry,
  };
}
