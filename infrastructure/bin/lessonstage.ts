import { App } from 'aws-cdk-lib';
import { readAppConfig } from '../lib/app-config';
import { createLessonstage } from '../lib/create-app';

const app = new App();
createLessonstage(app, readAppConfig((key) => app.node.tryGetContext(key)));
app.synth();
