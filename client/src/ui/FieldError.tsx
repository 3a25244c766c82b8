/**
 * A field's problem beside the field: the form's own check or the API's refusal naming it. Its id
 * (`<prefix>-<field>-error`) is what the field's aria-describedby points at.
 */
export function FieldError({ field, text, prefix = 'user' }: { field: string; text: string | null | undefined; prefix?: string }) {
  if (!text) return null;
  return (
    <span className="field-error" id={`${prefix}-${field}-error`} role="alert" data-field={field}>
      {text}
    </span>
  );
}
