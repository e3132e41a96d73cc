// A form's error under its fields, announced as an alert; nothing when there is none.
export function FormError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="notice error" role="alert">
      {error}
    </p>
  );
}
