import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/**
 * Response serialisation through fast-json-stringify, from the JSON Schema of each route's zod
 * response schema: several times faster than encoding with zod on every response, and it
 * still writes only the declared properties, so no column leaks by accident.
 */
export const serializerCompiler: FastifySerializerCompiler<unknown> = ({ schema }) => {
  const jsonSchema = schema instanceof z.ZodType ? z.toJSONSchema(schema, { target: 'draft-7', io: 'output', unrepresentable: 'any' }) : schema;
  return fastJsonStringify(jsonSchema as Parameters<typeof fastJsonStringify>[0]);
};
