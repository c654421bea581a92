import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table } from 'aws-cdk-lib/aws-dynamodb';
import { TABLE_DEFINITIONS, type KeyAttribute, type TableDefinition } from '@lessonstage/backend/tables';
import { Construct } from 'constructs';
import type { Stage } from './app-config';

export interface DataProps {
  readonly stage: Stage;
  /** Defaults to the backend's TABLE_DEFINITIONS: a table added there is deployed without touching this file. */
  readonly definitions?: readonly TableDefinition[];
}

/** A deployed table together with the definition it was created from. */
export interface DeployedTable {
  readonly definition: TableDefinition;
  readonly table: Table;
}

function attribute(key: KeyAttribute) {
  return { name: key.name, type: key.type === 'N' ? AttributeType.NUMBER : AttributeType.STRING };
}

/** Every DynamoDB table of TABLE_DEFINITIONS: on-demand, point-in-time recovery, protected in prod. */
export class DataConstruct extends Construct {
  readonly tables: readonly DeployedTable[];

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);
    const prod = props.stage === 'prod';
    this.tables = (props.definitions ?? TABLE_DEFINITIONS).map((definition) => {
      const table = new Table(this, `${definition.id}Table`, {
        partitionKey: attribute(definition.partitionKey),
        sortKey: definition.sortKey && attribute(definition.sortKey),
        billingMode: BillingMode.PAY_PER_REQUEST,
        timeToLiveAttribute: definition.timeToLiveAttribute,
        pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
        deletionProtection: prod,
        removalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
      for (const index of definition.globalIndexes) {
        table.addGlobalSecondaryIndex({
          indexName: index.indexName,
          partitionKey: attribute(index.partitionKey),
          sortKey: index.sortKey && attribute(index.sortKey),
          // Same projection as the local stack (create-table-input.ts).
          projectionType: ProjectionType.ALL,
        });
      }
      return { definition, table };
    });
  }

  /** The table deployed for a definition id, e.g. "Courses". */
  table(id: string): DeployedTable {
    const found = this.tables.find((t) => t.definition.id === id);
    if (!found) throw new Error(`No table with definition id "${id}"`);
    return found;
  }
}
