export declare const DEBIAN_CHROMIUM: string;
export declare const INSTALL_COMMAND: string;
export declare function findChromium(): string | undefined;
export declare function ensureChromium(): string;
export declare function chromiumVersion(executable: string): string;
