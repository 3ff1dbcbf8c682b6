export { AppError, type ErrorKind, type FieldError, notFound, versionConflict } from './app-error';
export { errorHandlerPlugin, sendNotFound } from './error-handler';
export { type FieldProblem, givenFields, invalid, isUniqueViolation, parse } from './input-rules';
export { RequestValidationError, zodValidatorCompiler } from './request-validation';
