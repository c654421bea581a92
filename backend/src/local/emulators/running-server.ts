/** A server the local stack started and must stop. */
export interface RunningServer {
  readonly endpoint: string;
  close(): Promise<void>;
}
