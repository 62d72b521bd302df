// The reference for start-up: a bare Ink render of one line, exiting after its first frame.
import { render, Text } from 'ink';
import React from 'react';

const app = render(React.createElement(Text, null, 'hello'));
setTimeout(() => app.unmount(), 50);
