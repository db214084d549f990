import { useState, type FormEvent } from 'react';

interface AgentNamePromptProps {
  onSave(name: string): Promise<void>;
}

/**
 * Every built-in reply is signed with the agent's first name. Until Tactful knows it (a fresh install), the
 * panel asks once, here, instead of leaving a "[your name]" gap in every reply.
 */
export function AgentNamePrompt({ onSave }: AgentNamePromptProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    onSave(name.trim()).catch((cause: unknown) => setError(`Could not save your name: ${String(cause)}`));
  }

  return (
    <form className="tactful-notice tactful-agent-name" data-tactful="agent-name-prompt" onSubmit={submit}>
      <label className="tactful-field">
        <span>Your name, to sign your replies</span>
        <input
          data-tactful="agent-name"
          value={name}
          autoComplete="name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" disabled={!name.trim()}>
        Save
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}
