// Loaded before every server-side test file: decorators read metadata through the Reflect API.
import 'reflect-metadata';
