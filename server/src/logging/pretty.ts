import type { DestinationStream } from 'pino';
import pinoPretty from 'pino-pretty';

/** Human single-line log messages for a development terminal (formatted synchronously, no worker thread). */
export class PrettyStream implements DestinationStream {
  private readonly format = pinoPretty.prettyFactory({
    colorize: true,
    singleLine: true,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname,service,req,res,responseTime',
    messageFormat: '{if req.method}{req.method} {req.path} {res.statusCode} {responseTime}ms [{req.id}] {end}{msg}',
  });

  constructor(private readonly out: { write(text: string): unknown }) {}

  write(line: string): void {
    this.out.write(this.format(line));
  }
}
