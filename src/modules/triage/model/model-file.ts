import type { LinearModel } from './linear-model.js';

/** Everything triage needs besides code: the intent and language classifiers and the abstain rule. */
export interface TriageModel {
  intent: LinearModel;
  language: LinearModel;
  /** Confidence below which the intent is not trusted (chosen on the dev set for the target precision). */
  abstainBelow: number;
  info: ModelInfo;
}

export interface DevScores {
  accuracy: number;
  macroF1: number;
  /** Share of dev messages classified (not abstained) at `abstainBelow`. */
  coverage: number;
  /** Precision of those classified messages. */
  precision: number;
  languageAccuracy: number;
}

export interface ModelInfo {
  version: number;
  createdAt: string;
  trainExamples: number;
  devExamples: number;
  corrections: number;
  /** Fingerprint of the corpus it was trained on (see corpusFingerprint). */
  corpus: string;
  dev: DevScores;
}

const MAGIC = 'MRDNTRG1';
const FORMAT_VERSION = 1;

interface Header {
  info: ModelInfo;
  abstainBelow: number;
  intent: LinearHeader;
  language: LinearHeader;
}
interface LinearHeader {
  labels: string[];
  buckets: number;
  bias: number[];
  temperature: number;
}

function linearHeader(model: LinearModel): LinearHeader {
  return { labels: [...model.labels], buckets: model.buckets, bias: [...model.bias], temperature: model.temperature };
}

/** Binary layout: magic, header length, JSON header, then each model's scales (f32) and weights (i8), 4-byte aligned. */
export function serializeModel(model: TriageModel): Buffer {
  const header: Header = {
    info: { ...model.info, version: FORMAT_VERSION },
    abstainBelow: model.abstainBelow,
    intent: linearHeader(model.intent),
    language: linearHeader(model.language),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Math.ceil((json.length + 12) / 4) * 4 - 12;
  const parts: Buffer[] = [Buffer.from(MAGIC, 'ascii'), Buffer.alloc(4), Buffer.alloc(headerLength, 0x20)];
  parts[1]!.writeUInt32LE(headerLength);
  json.copy(parts[2]!);
  for (const linear of [model.intent, model.language]) {
    parts.push(Buffer.from(linear.scales.buffer, linear.scales.byteOffset, linear.scales.byteLength));
    const weights = Buffer.from(linear.weights.buffer, linear.weights.byteOffset, linear.weights.byteLength);
    parts.push(weights, Buffer.alloc((4 - (weights.length % 4)) % 4));
  }
  return Buffer.concat(parts);
}

export class ModelFileError extends Error {}

export function deserializeModel(bytes: Uint8Array): TriageModel {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 12 || buffer.toString('ascii', 0, 8) !== MAGIC) throw new ModelFileError('not a Meridian triage model');
  const headerLength = buffer.readUInt32LE(8);
  const header = JSON.parse(buffer.toString('utf8', 12, 12 + headerLength)) as Header;
  if (header.info.version !== FORMAT_VERSION) throw new ModelFileError(`model format ${header.info.version} is not ${FORMAT_VERSION}: rebuild it with npm run build:model`);
  // Copy into fresh, aligned arrays: the file buffer may sit at any offset.
  const aligned = new Uint8Array(buffer.length - 12 - headerLength);
  aligned.set(buffer.subarray(12 + headerLength));
  let offset = 0;
  const read = (h: LinearHeader): LinearModel => {
    const classes = h.labels.length;
    const scales = new Float32Array(aligned.buffer, offset, h.buckets);
    offset += h.buckets * 4;
    const weights = new Int8Array(aligned.buffer, offset, h.buckets * classes);
    offset += Math.ceil((h.buckets * classes) / 4) * 4;
    return { labels: h.labels, buckets: h.buckets, weights, scales, bias: Float32Array.from(h.bias), temperature: h.temperature };
  };
  const intent = read(header.intent);
  const language = read(header.language);
  if (offset !== aligned.length) throw new ModelFileError('model file is truncated or padded');
  return { intent, language, abstainBelow: header.abstainBelow, info: header.info };
}
